import { cli } from '../helpers/cli';

const SITE = 'fixtures/route/site.yaml';

function routeJson(args: string[]) {
  const result = cli(['route', ...args, '--format', 'json']);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout);
}

describe('cloudfront-lint route', () => {
  it('selects the first matching behavior and names the origin-group primary and its protocol', () => {
    expect(routeJson([SITE, '/api/admin/users.json', '--parameter', 'ApiPolicy=https-only'])).toEqual({
      distribution: 'Cdn',
      behavior: { index: 0, pathPattern: '/api/admin/*' },
      status: 200,
      reason: 'forwarded to the origin or served from the cache',
      origin: { id: 'api-a', kind: 'custom', protocol: 'https', group: 'api' },
      notes: [],
    });
  });

  it('uses list order, not specificity: /api/x.json goes to /api/*, not *.json', () => {
    expect(routeJson([SITE, '/api/x.json']).behavior).toEqual({ index: 1, pathPattern: '/api/*' });
    expect(routeJson([SITE, 'docs/x.json']).behavior).toEqual({ index: 2, pathPattern: '*.json' });
  });

  it('falls back to the default behavior with index -1', () => {
    const result = routeJson([SITE, '/index.html']);
    expect(result.behavior).toEqual({ index: -1, pathPattern: '*' });
    expect(result.origin).toEqual({ id: 'site', kind: 's3-rest', protocol: 'https' });
  });

  it('gives the viewer-protocol decisions: 301 for GET, 307 for POST, 403 for POST over HTTP/1.0 and for https-only', () => {
    const get = routeJson([SITE, '/index.html?lang=en', '--protocol', 'http']);
    expect(get).toMatchObject({ status: 301, location: 'https://www.example.com/index.html?lang=en', origin: { id: 'site', protocol: null } });
    expect(routeJson([SITE, '/api/orders', '--protocol', 'http', '--method', 'post'])).toMatchObject({ status: 307 });
    expect(routeJson([SITE, '/api/orders', '--protocol', 'http', '--method', 'POST', '--http-version', '1.0'])).toMatchObject({ status: 403 });
    expect(routeJson([SITE, '/api/admin/x', '--protocol', 'http'])).toMatchObject({
      status: 403,
      reason: "ViewerProtocolPolicy 'https-only' refuses HTTP",
    });
  });

  it('serves HTTP on allow-all and reaches an S3 REST origin with the viewer protocol', () => {
    expect(routeJson([SITE, '/x.json', '--protocol', 'http']).origin).toEqual({ id: 'site', kind: 's3-rest', protocol: 'http' });
  });

  it('answers 403 for a method the behavior does not allow', () => {
    expect(routeJson([SITE, '/x.json', '--method', 'DELETE'])).toMatchObject({ status: 403, reason: 'DELETE is not in AllowedMethods (GET, HEAD)' });
  });

  it('shows CloudFormation alternatives that change the answer', () => {
    const result = routeJson([SITE, '/api/v1', '--protocol', 'http', '--method', 'GET']);
    expect(result.status).toBe(301);
    const https = routeJson([SITE, '/api/v1']);
    expect(https.assumptions).toEqual(["with parameter ApiPolicy = 'https-only'"]);
    expect(https.origin.protocol).toBe('https');
    expect(https.alternatives).toEqual([
      expect.objectContaining({ assumptions: ["with parameter ApiPolicy = 'http-only'"], origin: expect.objectContaining({ protocol: 'http' }) }),
    ]);
    expect(routeJson([SITE, '/api/v1', '--parameter', 'ApiPolicy=http-only']).origin.protocol).toBe('http');
  });

  it('prints a readable text answer with the behavior position', () => {
    const result = cli(['route', SITE, '/api/admin/x', '--parameter', 'ApiPolicy=https-only']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('GET /api/admin/x over HTTPS (HTTP/1.1)');
    expect(result.stdout).toContain("behavior      #1 '/api/admin/*'  fixtures/route/site.yaml:41:26");
    expect(result.stdout).toContain("origin        'api-a', primary of origin group 'api', a custom origin: CloudFront connects over HTTPS");
  });

  it('reads CloudFront API JSON too', () => {
    expect(routeJson(['fixtures/parity/get-distribution-config.json', '/anything']).behavior.index).toBeGreaterThanOrEqual(-1);
  });

  it('asks which distribution when a file holds several, and takes --distribution', () => {
    const several = cli(['route', 'fixtures/route/two.yaml', '/x']);
    expect(several.status).toBe(2);
    expect(several.stderr).toContain("holds 2 distributions; choose one with --distribution: 'Blue', 'Green'");
    expect(routeJson(['fixtures/route/two.yaml', '/x', '--distribution', 'Green', '--protocol', 'http'])).toMatchObject({
      distribution: 'Green',
      status: 200,
      origin: { protocol: 'http' },
    });
    const unknown = cli(['route', 'fixtures/route/two.yaml', '/x', '--distribution', 'Red']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("has no distribution 'Red'; it has 'Blue', 'Green'");
  });

  it('reports bad input with file and position, never a stack trace', () => {
    const broken = cli(['route', 'fixtures/route/broken.yaml', '/x']);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/^cloudfront-lint: fixtures\/route\/broken\.yaml:\d+:\d+: /);
    expect(broken.stderr).not.toMatch(/\n\s+at /);
    const missing = cli(['route', 'fixtures/route/nope.yaml', '/x']);
    expect(missing).toMatchObject({ status: 2, stderr: "cloudfront-lint: Cannot read 'fixtures/route/nope.yaml': no such file.\n" });
    const method = cli(['route', SITE, '/x', '--method', 'FETCH']);
    expect(method.status).toBe(2);
    expect(method.stderr).toContain('--method must be one of GET, HEAD, OPTIONS, PUT, PATCH, POST, DELETE');
    expect(cli(['route', SITE, '/x', '--protocol', 'ftp']).status).toBe(2);
  });
});
