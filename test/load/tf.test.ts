/**
 * Terraform source (.tf): HCL read with tree-sitter's grammar, values evaluated as far as they are
 * known without Terraform, the plan reader's mapping to CloudFormation shape, positions at the
 * attribute, and the "unsupported" path when the parser cannot be loaded.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandInputs } from '../../src/cli/inputs';
import { runLint } from '../../src/lint';
import { loadFile, loadText } from '../../src/load';
import * as hcl from '../../src/load/terraform-source/hcl-parser';
import { Unresolved, type Distribution, type Val } from '../../src/model/types';
import { displayParts } from '../../src/model/values';

const ROOT = join(__dirname, '..', '..');
const FIXTURES = join(ROOT, 'fixtures', 'terraform-source');
const NO_OPTIONS = { parameters: new Map<string, string>() };

afterAll(() => hcl.stopHclParser());

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'cloudfront-lint-tf-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function write(name: string, content: string): string {
  const path = join(tmp, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

function load(text: string, file = 'main.tf') {
  const loaded = loadText(text, file, NO_OPTIONS);
  expect(loaded.problems).toEqual([]);
  expect(loaded.kind).toBe('terraform-plan');
  return loaded;
}

/** The only variant of the only distribution. */
function model(text: string): Distribution {
  const [distribution] = load(text).distributions;
  expect(distribution!.variants).toHaveLength(1);
  return distribution!.variants[0]!.model;
}

const show = (value: Val<unknown> | undefined) =>
  value instanceof Unresolved ? (value.parts ? displayParts(value.parts) : value.display) : value;

const distribution = (body: string, top = '') => `${top}
resource "aws_cloudfront_distribution" "cdn" {
  enabled = true
${body}
  default_cache_behavior {
    target_origin_id       = "app"
    viewer_protocol_policy = "https-only"
  }
}
`;

const ORIGIN = `
  origin {
    origin_id   = "app"
    domain_name = "app.example.com"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }
`;

describe('HCL literals', () => {
  it('reads strings with escapes, numbers, booleans, null, lists and objects', () => {
    const d = model(
      distribution(`
  comment         = "tab\\there \\"quoted\\" \\u00e9 $\${literal}"
  aliases         = ["a.example.com", "b.example.com"]
  is_ipv6_enabled = false
  price_class     = null
  tags            = { team = "web", "cost-center" = 42 }
${ORIGIN}
  custom_error_response {
    error_code            = 404
    response_code         = 200
    response_page_path    = "/index.html"
    error_caching_min_ttl = 1.5e1
  }`),
    );
    expect(d.comment).toBe('tab\there "quoted" é ${literal}');
    expect(d.aliases).toEqual(['a.example.com', 'b.example.com']);
    expect(d.isIpv6Enabled).toBe(false);
    expect(d.priceClass).toBeUndefined();
    expect(d.tags.map((tag) => [tag.key, tag.value])).toEqual([
      ['team', 'web'],
      ['cost-center', '42'],
    ]);
    expect(d.customErrorResponses[0]).toMatchObject({ errorCode: 404, responseCode: 200, responsePagePath: '/index.html', errorCachingMinTtl: 15 });
    expect(d.origins[0]).toMatchObject({ id: 'app', domainName: 'app.example.com', kind: 'custom' });
    expect(d.origins[0]!.customOriginConfig).toMatchObject({ originProtocolPolicy: 'https-only', originSslProtocols: ['TLSv1.2'] });
    expect(d.defaultCacheBehavior).toMatchObject({ targetOriginId: 'app', viewerProtocolPolicy: 'https-only' });
  });

  it('reads heredocs, with indentation removed by <<-', () => {
    const d = model(
      distribution(`
  comment = <<EOT
first
  second
EOT
  default_root_object = <<-EOT
    index.html
    EOT
${ORIGIN}`),
    );
    expect(d.comment).toBe('first\n  second\n');
    expect(d.defaultRootObject).toBe('index.html\n');
  });

  it('follows the provider: empty strings are unset, a cache policy drops the TTLs, a bare origin gets S3OriginConfig', () => {
    const d = model(`
resource "aws_cloudfront_distribution" "cdn" {
  enabled             = true
  default_root_object = ""
  origin {
    origin_id   = "site"
    domain_name = "site.s3.us-east-1.amazonaws.com"
  }
  default_cache_behavior {
    target_origin_id       = "site"
    viewer_protocol_policy = "redirect-to-https"
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
    min_ttl                = 0
    default_ttl            = 3600
  }
}
`);
    expect(d.defaultRootObject).toBeUndefined();
    expect(d.defaultCacheBehavior!.minTtl).toBeUndefined();
    expect(d.defaultCacheBehavior!.defaultTtl).toBeUndefined();
    expect(d.origins[0]!.s3OriginConfig).toBeDefined();
    expect(d.origins[0]!.kind).toBe('s3-rest');
  });
});

describe('what is not known without Terraform', () => {
  it('resource attributes, functions, conditionals, modules and data sources stay unknown, shown as written', () => {
    const d = model(
      distribution(`
  comment     = format("%s site", var.name)
  price_class = var.cheap ? "PriceClass_100" : "PriceClass_All"
  web_acl_id  = module.waf.arn
  aliases     = ["www.example.com", var.extra]
  origin {
    origin_id   = "app"
    domain_name = data.aws_lb.app.dns_name
  }`),
    );
    expect(show(d.comment)).toBe('format("%s site", var.name)');
    expect(show(d.priceClass)).toBe('var.cheap ? "PriceClass_100" : "PriceClass_All"');
    expect(show(d.webAclId)).toBe('module.waf.arn');
    expect(d.aliases[0]).toBe('www.example.com');
    expect(show(d.aliases[1])).toBe('var.extra');
    expect(d.origins[0]!.domainName).toBeInstanceOf(Unresolved);
  });

  it('a template keeps its known text around the unknown parts', () => {
    const d = model(
      distribution(`
  comment = "site for \${var.zone} (\${upper(var.env)})"
${ORIGIN}`),
    );
    expect(show(d.comment)).toBe('site for ${var.zone} (${upper(var.env)})');
  });

  it('a reference to a resource of the file names it, and related resources are followed', () => {
    const loaded = load(`
resource "aws_s3_bucket" "site" {
  bucket = "example-site"
}
resource "aws_cloudfront_origin_access_control" "site" {
  name                              = "site"
  origin_access_control_origin_type = "s3"
  signing_behavior                  = "always"
  signing_protocol                  = "sigv4"
}
resource "aws_cloudfront_distribution" "cdn" {
  enabled = true
  origin {
    origin_id                = "site"
    domain_name              = aws_s3_bucket.site.bucket_regional_domain_name
    origin_access_control_id = aws_cloudfront_origin_access_control.site.id
  }
  default_cache_behavior {
    target_origin_id       = "site"
    viewer_protocol_policy = "https-only"
  }
}
`);
    const d = loaded.distributions[0]!.variants[0]!.model;
    const origin = d.origins[0]!;
    // The bucket's name is known, so its regional domain name is known up to the region.
    expect(show(origin.domainName)).toBe('example-site.s3.${region}.amazonaws.com');
    expect(origin.kind).toBe('s3-rest');
    const oac = origin.originAccessControlId;
    expect(oac).toBeInstanceOf(Unresolved);
    expect((oac as Unresolved).ref).toMatchObject({ logicalId: 'aws_cloudfront_origin_access_control.site', type: 'AWS::CloudFront::OriginAccessControl' });
    expect(d.neighbours!.get('aws_cloudfront_origin_access_control.site')?.type).toBe('AWS::CloudFront::OriginAccessControl');
  });

  it('dynamic blocks make the whole list unknown, so no rule judges it', () => {
    const d = model(
      distribution(`
  origin {
    origin_id   = "static"
    domain_name = "static.example.com"
  }
  dynamic "origin" {
    for_each = var.origins
    content {
      origin_id   = origin.key
      domain_name = origin.value
    }
  }`),
    );
    expect(d.origins).toEqual([]);
    expect(d.incomplete?.has('origins')).toBe(true);
  });

  it('the unknowns fixture lints without findings about the values it cannot know', () => {
    const run = runLint([join(FIXTURES, 'unknowns')], { config: false, preset: 'all', cwd: ROOT });
    const rules = new Set(run.findings.map((finding) => finding.ruleId));
    for (const rule of ['no-http-viewer', 'valid-target-origin', 'require-origin-access-control', 'no-outdated-viewer-tls', 'valid-viewer-certificate', 'parse-error', 'internal-error']) {
      expect(rules).not.toContain(rule);
    }
    expect(run.report.summary.distributions).toBe(1);
  });
});

describe('variables and locals', () => {
  const TOP = `
variable "policy" {
  type    = string
  default = "allow-all"
}
variable "zone" {
  default = "example.com"
}
variable "required" {
  type = string
}
locals {
  host = "app.\${var.zone}"
  a    = local.b
  b    = local.a
}
`;

  it('a variable with a default is one alternative at its default and another unknown', () => {
    const [d] = load(`${TOP}
resource "aws_cloudfront_distribution" "cdn" {
  enabled             = true
  comment             = var.required
  default_root_object = local.a
  origin {
    origin_id   = "app"
    domain_name = local.host
  }
  default_cache_behavior {
    target_origin_id       = "app"
    viewer_protocol_policy = var.policy
  }
}
`).distributions;
    expect(d!.variants.map((variant) => variant.assumptions.map((assumption) => assumption.text))).toEqual([
      ["with variable zone at its default 'example.com'", "with variable policy at its default 'allow-all'"],
      ["with another value of variable zone", "with variable policy at its default 'allow-all'"],
      ["with variable zone at its default 'example.com'", 'with another value of variable policy'],
      ['with another value of variable zone', 'with another value of variable policy'],
    ]);
    const [atDefault, , , unknown] = d!.variants.map((variant) => variant.model);
    expect(atDefault!.origins[0]!.domainName).toBe('app.example.com');
    expect(atDefault!.defaultCacheBehavior!.viewerProtocolPolicy).toBe('allow-all');
    expect(show(atDefault!.comment)).toBe('var.required');
    // A cycle of locals is unknown, not a hang.
    expect(show(atDefault!.defaultRootObject)).toBe('local.a');
    expect(show(unknown!.origins[0]!.domainName)).toBe('app.${var.zone}');
    expect(show(unknown!.defaultCacheBehavior!.viewerProtocolPolicy)).toBe('var.policy');
  });

  it('findings that need a default say so, and point at the attribute that uses the variable', () => {
    const run = runLint([join(FIXTURES, 'site', 'main.tf')], { config: false, cwd: ROOT });
    const http = run.findings.find((finding) => finding.ruleId === 'no-http-viewer');
    expect(http).toMatchObject({
      file: 'fixtures/terraform-source/site/main.tf',
      line: 27,
      column: 30,
      endLine: 27,
      endColumn: 56,
      distribution: 'aws_cloudfront_distribution.site',
      pointer: '/resource/aws_cloudfront_distribution/site/default_cache_behavior/0/viewer_protocol_policy',
    });
    expect(http!.message).toMatch(/with variable viewer_protocol_policy at its default 'allow-all'\.$/);
  });

  it("variables and locals come from the module's other .tf files when the file is read from disk", () => {
    const loaded = loadFile(join(FIXTURES, 'site', 'main.tf'), 'main.tf', NO_OPTIONS);
    const d = loaded.distributions[0]!.variants[0]!.model;
    expect(d.aliases).toEqual(['www.example.com']);
    expect(d.origins[0]!.domainName).toBe('api.example.com');
    // Declared without a default: unknown in every variant.
    expect(show(d.origins[0]!.customOriginConfig!.originProtocolPolicy)).toBe('var.origin_protocol');
    // The same text without its directory knows no variables.
    const alone = loadText(readFixture('site/main.tf'), 'main.tf', NO_OPTIONS);
    expect(alone.distributions[0]!.variants).toHaveLength(1);
    expect(show(alone.distributions[0]!.variants[0]!.model.aliases[0])).toBe('www.${var.zone}');
  });

  it('at most six variables vary; the others stay unknown', () => {
    const names = Array.from({ length: 8 }, (_, i) => `v${i}`);
    const top = names.map((name) => `variable "${name}" {\n  default = "${name}"\n}\n`).join('');
    const tags = names.map((name) => `    ${name} = var.${name}`).join('\n');
    const [d] = load(distribution(`  tags = {\n${tags}\n  }\n${ORIGIN}`, top)).distributions;
    expect(d!.variants).toHaveLength(64);
    const first = d!.variants[0]!.model;
    expect(first.tags.map((tag) => show(tag.value))).toEqual(['v0', 'v1', 'v2', 'v3', 'v4', 'v5', 'var.v6', 'var.v7']);
  });
});

function readFixture(name: string): string {
  return require('node:fs').readFileSync(join(FIXTURES, name), 'utf8') as string;
}

describe('positions', () => {
  it('columns count UTF-16 code units, as for every other format', () => {
    const run = runLint([write('unicode/main.tf', distribution(`  comment = "héllo 😀" ${ORIGIN}`).replace('"https-only"\n  }\n}', '"allow-all" # ünïcode 😀\n  }\n}'))], {
      config: false,
      cwd: tmp,
    });
    const http = run.findings.find((finding) => finding.ruleId === 'no-http-viewer');
    expect(http).toMatchObject({ file: 'unicode/main.tf', column: 30, endColumn: 41 });
  });

  it('distribution-level findings underline the block labels', () => {
    const run = runLint([join(FIXTURES, 'site', 'main.tf')], { config: false, cwd: ROOT });
    const waf = run.findings.find((finding) => finding.ruleId === 'require-web-acl');
    expect(waf).toMatchObject({ line: 8, column: 10, endLine: 8, endColumn: 46 });
  });

  it('a syntax error is a parse-error with its position, and nothing else of the file is read', () => {
    const loaded = loadText(readFixture('broken/main.tf'), 'main.tf', NO_OPTIONS);
    expect(loaded.distributions).toEqual([]);
    expect(loaded.problems).toEqual([{ message: "HCL syntax error: missing '}'.", offset: expect.any(Number), endOffset: expect.any(Number) }]);
  });

  it('suppression comments work in .tf files', () => {
    const text = distribution(ORIGIN).replace(
      '    viewer_protocol_policy = "https-only"',
      '    # cloudfront-lint-disable-next-line no-http-viewer -- internal tool, HTTP only\n    viewer_protocol_policy = "allow-all"',
    );
    const run = runLint([write('suppressed/main.tf', text)], { config: false, cwd: tmp });
    expect(run.findings.map((finding) => finding.ruleId)).not.toContain('no-http-viewer');
    expect(run.suppressed.map((finding) => finding.ruleId)).toContain('no-http-viewer');
  });

  it('origin custom header values are never shown in code frames', () => {
    const text = distribution(`
  origin {
    origin_id   = "app"
    domain_name = "app.example.com"
    custom_header {
      name  = "X-Origin-Secret"
      value = "s3cr3t-value"
    }
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "http-only"
    }
  }`);
    const file = write('secret/main.tf', text);
    const run = runLint([file], { config: false, cwd: tmp });
    const doc = run.documents.get('secret/main.tf')!;
    const line = text.split('\n').findIndex((l) => l.includes('s3cr3t')) + 1;
    expect(doc.redactedLineText(line)).not.toContain('s3cr3t');
  });
});

describe('discovery and pre-commit', () => {
  it('directories are searched for .tf files; .terraform is skipped', () => {
    write('discover/main.tf', distribution(ORIGIN));
    write('discover/.terraform/modules/x/main.tf', distribution(ORIGIN));
    write('discover/template.yaml', 'a: 1\n');
    const files = expandInputs([join(tmp, 'discover')], tmp, () => false).map((file) => file.display);
    expect(files).toEqual(['discover/main.tf', 'discover/template.yaml']);
  });

  it('a .tf file without aws_cloudfront_distribution is skipped without parsing', () => {
    const parse = jest.spyOn(hcl, 'parseHcl');
    try {
      const loaded = loadFile(join(FIXTURES, 'no-distribution', 's3.tf'), 's3.tf', NO_OPTIONS);
      expect(loaded.distributions).toEqual([]);
      expect(loaded.problems).toEqual([]);
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });

  it('the compliant fixture follows every recommended rule, like its CloudFormation twin', () => {
    const run = runLint([join(FIXTURES, 'compliant')], { config: false, cwd: ROOT });
    expect(run.findings).toEqual([]);
    expect(run.report.summary).toMatchObject({ files: 1, distributions: 1 });
    const tf = loadFile(join(FIXTURES, 'compliant', 'main.tf'), 'main.tf', NO_OPTIONS).distributions[0]!.variants[0]!.model;
    const cfn = loadFile(join(ROOT, 'fixtures', 'compliant', 'template.yaml'), 'template.yaml', NO_OPTIONS).distributions[0]!.variants[0]!.model;
    const summary = (d: Distribution) => ({
      aliases: d.aliases.map(show),
      origins: d.origins.map((origin) => [origin.id, origin.kind]),
      behaviors: [d.defaultCacheBehavior!, ...d.cacheBehaviors].map((b) => [show(b.pathPattern), b.viewerProtocolPolicy, b.targetOriginId]),
      certificate: [d.viewerCertificate?.acmCertificateArn, d.viewerCertificate?.sslSupportMethod, d.viewerCertificate?.minimumProtocolVersion],
      logging: d.logging?.bucket,
      webAcl: d.webAclId,
    });
    expect(summary(tf)).toEqual(summary(cfn));
  });

  it("every Terraform file of the shared corpus is read without a crash", () => {
    const corpus = join(ROOT, '..', 'shared', 'corpus');
    if (!existsSync(corpus)) return;
    const files = readdirSync(corpus, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.tf'));
    for (const name of files) {
      const run = runLint([join(corpus, name)], { config: false, preset: 'all', cwd: corpus });
      expect(run.findings.filter((finding) => finding.ruleId === 'internal-error' || finding.ruleId === 'parse-error')).toEqual([]);
    }
  });
});

describe('without the parser', () => {
  it('a .tf file with a distribution gets a notice with the plan hint, not a finding; the run does not fail', () => {
    jest.isolateModules(() => {
      jest.doMock('../../src/load/terraform-source/hcl-parser', () => ({
        parseHcl: () => ({ ok: false, reason: 'its optional packages web-tree-sitter and @tree-sitter-grammars/tree-sitter-hcl are not installed' }),
        stopHclParser: () => undefined,
      }));
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const isolated = require('../../src/lint') as typeof import('../../src/lint');
      const run = isolated.runLint([join(FIXTURES, 'site')], { config: false, cwd: ROOT });
      expect(run.findings).toEqual([]);
      expect(run.exitCode).toBe(0);
      expect(run.report.summary.distributions).toBe(0);
      expect(run.notices).toEqual([
        'fixtures/terraform-source/site/main.tf: Terraform source is not linted here: its optional packages web-tree-sitter and @tree-sitter-grammars/tree-sitter-hcl are not installed. Lint the plan instead: terraform plan -out plan.out && terraform show -json plan.out > plan.json, then cloudfront-lint plan.json.',
      ]);
    });
    jest.dontMock('../../src/load/terraform-source/hcl-parser');
  });
});

describe('string edges', () => {
  it('keeps whitespace at the edges of literals and around interpolations', () => {
    const d = model(
      distribution(`
  comment             = "  padded  "
  default_root_object = " \${"x"} y "
${ORIGIN}`),
    );
    expect(d.comment).toBe('  padded  ');
    expect(d.defaultRootObject).toBe(' x y ');
  });
});
