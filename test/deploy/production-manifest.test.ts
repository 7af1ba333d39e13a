import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/paths';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manifestVersion, productionBaseUrl, productionManifest } = require(join(ROOT, 'scripts', 'package-manifest.js')) as {
  manifestVersion: (version: string) => string;
  productionBaseUrl: (text: string) => string;
  productionManifest: (xml: string, baseUrl: string, version: string) => string;
};

const source = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const withoutComments = source.replace(/<!--[\s\S]*?-->\s*/g, '');

/** Every address in a manifest, outside XML's own namespaces. */
const addresses = (xml: string): string[] => (xml.match(/https?:\/\/[^\s"<]+/g) ?? []).filter((url) => !/^http:\/\/(schemas\.microsoft\.com|www\.w3\.org)\//.test(url));

describe('the production manifest made from manifest.xml', () => {
  const built = productionManifest(source, 'https://intranet.kommune.example/handleplan/', '2.3.4');

  it('names only the production host, in the full URLs and in <AppDomain> alike', () => {
    expect(built).not.toContain('localhost');
    expect(addresses(built).length).toBe(addresses(withoutComments).length);
    for (const url of addresses(built)) expect(url.startsWith('https://intranet.kommune.example')).toBe(true);
    expect(built).toContain('<AppDomain>https://intranet.kommune.example</AppDomain>');
    expect(built).toContain('<SourceLocation DefaultValue="https://intranet.kommune.example/handleplan/taskpane.html"/>');
  });

  it('takes its <Version> from package.json’s version, as four parts', () => {
    expect(built).toContain('<Version>2.3.4.0</Version>');
    expect(manifestVersion('0.1.0')).toBe('0.1.0.0');
    expect(() => manifestVersion('1.0.0-beta.1')).toThrow('1.2.3');
  });

  it('leaves out the comments, which speak of the development server, and keeps everything else', () => {
    expect(built).not.toContain('<!--');
    expect(built.replaceAll('https://intranet.kommune.example/handleplan/', 'https://localhost:3000/').replace('2.3.4.0', '0.1.0.0').replace('https://intranet.kommune.example<', 'https://localhost:3000<')).toBe(withoutComments);
  });

  it('accepts the base URL with or without its trailing slash', () => {
    expect(productionBaseUrl('https://handleplan.kommune.example')).toBe('https://handleplan.kommune.example/');
    expect(productionBaseUrl('https://intranet.kommune.example/handleplan')).toBe('https://intranet.kommune.example/handleplan/');
  });

  it.each([
    ['http://intranet.kommune.example/', 'https://'],
    ['https://localhost:3000/', 'denne maskine'],
    ['https://127.0.0.1/', 'denne maskine'],
    ['intranet.kommune.example', 'ikke en adresse'],
    ['https://intranet.kommune.example/?a=1', '? eller #'],
  ])('refuses %s as the place IT hosts the files, saying why in Danish', (url, reason) => {
    expect(() => productionBaseUrl(url)).toThrow(reason);
  });
});
