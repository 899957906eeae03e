import { certificateSource, defineRule, isKnown, presence, show } from '../src/rule-kit';

export default defineRule({
  id: 'valid-viewer-certificate',
  meta: {
    title: 'The viewer certificate must be one complete choice',
    severity: 'error',
    category: 'correctness',
    preset: 'recommended',
    anchors: ['KICS b4d9c12b (partial)', 'KICS 3a1e94df (partial)'],
    rationale:
      'ViewerCertificate takes exactly one of the default certificate, an ACM certificate ARN or an IAM certificate id; a custom certificate also needs SslSupportMethod and MinimumProtocolVersion, and CloudFront refuses anything else.',
    messages: {
      sources: 'ViewerCertificate sets {{sources}}; set exactly one of CloudFrontDefaultCertificate: true, AcmCertificateArn or IamCertificateId.',
      noSource: 'ViewerCertificate sets no certificate ({{why}}); set CloudFrontDefaultCertificate: true, AcmCertificateArn or IamCertificateId.',
      missing: 'The {{source}} certificate needs {{field}}; CloudFront refuses a custom certificate without it.',
      iamArn: "IamCertificateId is {{value}}, an ARN; CloudFront wants the IAM server certificate's id (such as ASCA…), not its ARN.",
      ignored: 'With the default *.cloudfront.net certificate, {{field}} {{value}} is ignored: CloudFront always uses TLSv1 for it; remove it, or use a custom certificate.',
      ignoredMethod: 'With the default *.cloudfront.net certificate, SslSupportMethod {{value}} does not apply (it only chooses how a custom certificate is served); remove it.',
    },
  },
  check(distribution, context) {
    const certificate = distribution.viewerCertificate;
    if (!certificate) return;
    const acm = presence(certificate.acmCertificateArn);
    const iam = presence(certificate.iamCertificateId);
    const byDefault = certificate.cloudFrontDefaultCertificate;
    const set = [byDefault === true && 'CloudFrontDefaultCertificate: true', acm === 'yes' && 'AcmCertificateArn', iam === 'yes' && 'IamCertificateId'].filter(
      (name): name is string => typeof name === 'string',
    );
    if (set.length > 1) {
      context.report({ node: certificate, messageId: 'sources', data: { sources: set.join(' and ') } });
      return;
    }
    if (set.length === 0 && acm === 'no' && iam === 'no') {
      if (byDefault === false) {
        context.report({ node: certificate, field: 'cloudFrontDefaultCertificate', messageId: 'noSource', data: { why: 'CloudFrontDefaultCertificate is false and there is no AcmCertificateArn or IamCertificateId' } });
      } else if (byDefault === undefined && !certificate.incomplete?.size) {
        context.report({ node: certificate, messageId: 'noSource', data: { why: 'none of CloudFrontDefaultCertificate, AcmCertificateArn and IamCertificateId is given' } });
      }
      return;
    }
    const source = certificateSource(distribution);
    if (source === 'acm' || source === 'iam') {
      const label = source === 'acm' ? 'ACM' : 'IAM';
      const field = source === 'acm' ? 'acmCertificateArn' : 'iamCertificateId';
      if (certificate.sslSupportMethod === undefined) {
        context.report({ node: certificate, field, messageId: 'missing', key: 'ssl', data: { source: label, field: 'SslSupportMethod' } });
      }
      // CloudFormation fills in a default (no-outdated-viewer-tls judges it); the API requires it.
      if (certificate.minimumProtocolVersion === undefined && distribution.input.shape === 'api') {
        context.report({ node: certificate, field, messageId: 'missing', key: 'tls', data: { source: label, field: 'MinimumProtocolVersion' } });
      }
      const id = certificate.iamCertificateId;
      if (source === 'iam' && isKnown(id) && id.startsWith('arn:')) {
        context.report({ node: certificate, field: 'iamCertificateId', messageId: 'iamArn', data: { value: show(id) } });
      }
      return;
    }
    if (source !== 'default') return;
    // The API returns MinimumProtocolVersion TLSv1 and SSLSupportMethod vip for default-certificate
    // distributions, so only values a user chose are reported.
    const version = certificate.minimumProtocolVersion;
    if (isKnown(version) && version !== 'TLSv1') {
      context.report({ node: certificate, field: 'minimumProtocolVersion', messageId: 'ignored', severity: 'warning', data: { field: 'MinimumProtocolVersion', value: show(version) } });
    }
    if (distribution.input.shape === 'cfn' && isKnown(certificate.sslSupportMethod)) {
      context.report({ node: certificate, field: 'sslSupportMethod', messageId: 'ignoredMethod', severity: 'warning', data: { value: show(certificate.sslSupportMethod) } });
    }
  },
});
