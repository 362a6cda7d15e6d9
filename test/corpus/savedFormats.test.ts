import { describe, expect, test } from 'vitest';
import { buildCorpus } from '../../src/corpus/loadCorpus.ts';
import { cleanPage } from '../../src/corpus/cleanPage.ts';
import { readJsonDocument } from '../../src/corpus/jsonDocument.ts';
import { readProtocolRecords } from '../../src/corpus/protocolRecords.ts';
import { stripMarkdown } from '../../src/corpus/normalizeText.ts';

const PARAGRAPHS = [
  'The harbour authority said on Monday that the new container terminal would open in the spring, two years later than planned, after a dispute over dredging contracts delayed the work on the quay walls.',
  'Officials told reporters at the port that the delay had added about a fifth to the cost of the project, which is paid for by the regional government and a consortium of shipping companies from three countries.',
  'The mayor said the city would press for compensation from the contractors, and that the terminal would still double the number of ships the harbour can handle once it is running at full capacity next year.',
];

const article = async (name: string, text: string) => (await buildCorpus([{ name, format: 'text', text }])).articles[0];

describe('pages saved by a crawler (readProtocolRecords)', () => {
  const html = `<!doctype html><html><head><title>New terminal to open in spring - Harbour Gazette</title></head><body><nav><a href="/">Home</a> <a href="/port">Port</a></nav><article><h1>New terminal to open in spring</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;
  const warc = [
    'WARC/1.0',
    'WARC-Type: request',
    'WARC-Target-URI: https://harbourgazette.example/port/new-terminal',
    '',
    'GET /port/new-terminal HTTP/1.1',
    'Host: harbourgazette.example',
    '',
    'WARC/1.0',
    'WARC-Type: response',
    'WARC-Date: 2023-03-06T06:41:19Z',
    'WARC-Target-URI: https://harbourgazette.example/port/new-terminal',
    'Content-Type: application/http; msgtype=response',
    '',
    'HTTP/1.1 200 OK',
    'Content-Type: text/html; charset=utf-8',
    'Server: nginx',
    '',
    html,
    '',
    'WARC/1.0',
    'WARC-Type: metadata',
    '',
    'via: https://harbourgazette.example/',
  ].join('\n');

  test('GIVEN a web archive record THEN the page is the response payload, the protocol lines gone, the target its address', async () => {
    const read = readProtocolRecords(warc);
    expect(read?.body.trim().startsWith('<!doctype html>')).toBe(true);
    expect(read?.stated.url).toBe('https://harbourgazette.example/port/new-terminal');
    const found = await article('terminal.warc.txt', warc);
    expect(found?.passages.map((passage) => passage.text)).toEqual(PARAGRAPHS);
    expect(found?.meta.title).toBe('New terminal to open in spring');
  });

  test('GIVEN an HTTP response saved with its headers THEN the headers are cut', async () => {
    const found = await article('terminal.txt', ['HTTP/2 200', 'content-type: text/html', '', html].join('\n'));
    expect(found?.passages.map((passage) => passage.text)).toEqual(PARAGRAPHS);
  });

  test('GIVEN text that only mentions a protocol THEN it is no record', () => {
    expect(readProtocolRecords(`The server answered HTTP/1.1 200 OK.\n\n${PARAGRAPHS[0]}`)).toBeNull();
  });
});

describe('a seed that is one JSON document (readJsonDocument)', () => {
  const post = {
    id: 48213,
    date: '2023-03-06T07:30:00',
    link: 'https://harbourgazette.example/port/new-terminal/',
    title: { rendered: 'New terminal to open in spring' },
    content: { rendered: PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n'), protected: false },
    excerpt: { rendered: '<p>The terminal opens two years late [&hellip;]</p>' },
    author: 12,
  };

  test('GIVEN a publishing system API response THEN the body is the longest string, title and date off the object around it', async () => {
    const read = readJsonDocument(JSON.stringify(post, null, 2));
    expect(read?.stated).toMatchObject({ title: 'New terminal to open in spring', date: '2023-03-06' });
    const found = await article('post.json.txt', JSON.stringify(post, null, 2));
    expect(found?.passages.map((passage) => passage.text)).toEqual(PARAGRAPHS);
    expect(found?.meta.date).toBe('2023-03-06');
    expect(found?.passages.some((passage) => passage.text.includes('rendered'))).toBe(false);
  });

  test('GIVEN plain text in the body string THEN each of its lines is a paragraph', () => {
    const read = readJsonDocument(JSON.stringify({ headline: 'Port news', body: PARAGRAPHS.join('\n\n') }));
    expect(read?.html).toContain(`<p>${PARAGRAPHS[1]}</p>`);
  });

  test('GIVEN JSON without an article, or no JSON at all THEN null', () => {
    expect(readJsonDocument(JSON.stringify({ id: 1, tags: ['port', 'harbour'], note: 'short' }))).toBeNull();
    expect(readJsonDocument(`{ not json\n${PARAGRAPHS[0]}`)).toBeNull();
    expect(readJsonDocument(PARAGRAPHS[0] ?? '')).toBeNull();
  });
});

describe('what a tool adds to the lines it saves', () => {
  test('GIVEN a link in brackets after a finished sentence THEN it is no part of the line, and no photo credit', () => {
    const lines = cleanPage(
      PARAGRAPHS.map((p, i) => `- ${p} ([View Highlight](https://read.example/h/${i}))`).join('\n\n'),
    );
    expect(lines.paragraphs).toEqual(PARAGRAPHS);
  });

  test('GIVEN brackets holding a link inside a sentence THEN the link text stays', () => {
    const line = 'Officials said the project was delayed ([report](https://x.example/r)) by a dispute over contracts.';
    expect(cleanPage(`${line}\n\n${PARAGRAPHS[0]}`).paragraphs[0]).toContain('(report)');
  });

  test('GIVEN an index of titles with dot leaders to page numbers THEN it is navigation', () => {
    const page = [
      'PORT NEWS INDEX',
      '',
      'New terminal to open in spring....141',
      'Ferry fares to rise next month.....142',
      'Dock workers seek job guarantee....143',
      '',
      ...PARAGRAPHS.flatMap((p) => [p, '']),
    ].join('\n');
    const cleaned = cleanPage(page);
    expect(cleaned.paragraphs).toEqual(PARAGRAPHS);
    expect(cleaned.lines.find((line) => line.text.includes('....141'))?.rule).toBe('navigation');
  });

  test('GIVEN a word processor document with tracked changes THEN insertions are read, deletions and comments are not', () => {
    expect(
      stripMarkdown(
        'The terminal opens in [May]{.deletion author="A"}[the spring]{.insertion author="B"}.[Check this]{.comment-start id="0"}[]{.comment-end id="0"} It is [late]{.underline}.',
      ),
    ).toBe('The terminal opens in the spring. It is late.');
  });
});
