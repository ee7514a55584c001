/**
 * public/embed.js runs on other people's pages: small, old-browser safe, and strict about whose
 * messages it obeys. It is run here in a bare VM context with fakes of the few DOM parts it uses.
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import ts from 'typescript';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_HEIGHT } from '../../src/lib/embed/protocol.ts';

const SOURCE = readFileSync(new URL('../../public/embed.js', import.meta.url), 'utf8');
const APP = 'https://maps.example.org';

interface Frame {
  src: string;
  style: { height?: string };
  contentWindow: { postMessage: ReturnType<typeof vi.fn> };
}

const frame = (src: string): Frame => ({ src, style: {}, contentWindow: { postMessage: vi.fn() } });

/** An anchor as far as embed.js uses one: it parses `href` like a browser. */
class Anchor {
  protocol = ':';
  origin = '';
  set href(value: string) {
    const url = URL.canParse(value) ? new URL(value) : null;
    this.protocol = url?.protocol ?? ':';
    this.origin = url?.origin ?? '';
  }
}

/** A host page: its frames can change after the script has run, as on a real page. */
function host() {
  const listeners: ((e: { data: unknown; source: unknown; origin: string }) => void)[] = [];
  const frames: Frame[] = [];
  const window: Record<string, unknown> = {
    addEventListener: (type: string, f: (typeof listeners)[number]) =>
      type === 'message' && listeners.push(f),
  };
  const document = {
    querySelectorAll: (selector: string) =>
      selector === 'iframe[data-territory-scenarios]' ? [...frames] : [],
    createElement: (tag: string) => (tag === 'a' ? new Anchor() : null),
  };
  const load = () => runInNewContext(SOURCE, { window, document });
  const post = (from: Frame | object, origin: string, data: unknown) =>
    listeners.forEach((f) =>
      f({ data, source: 'contentWindow' in from ? from.contentWindow : from, origin }),
    );
  const api = () => window.TerritoryScenarios as { set(f: unknown, s: unknown): boolean };
  return { frames, listeners, load, post, api };
}

describe('embed.js: size and syntax', () => {
  it('stays under 2 KB gzipped', () => {
    expect(gzipSync(SOURCE, { level: 9 }).length).toBeLessThan(2048);
  });

  it('uses no syntax newer than ES2017', () => {
    // TypeScript rewrites any newer syntax when targeting ES2017, so the two outputs differ if it is used.
    const out = (target: ts.ScriptTarget) =>
      ts.transpileModule(SOURCE, { compilerOptions: { target, allowJs: true } }).outputText;
    expect(out(ts.ScriptTarget.ES2017)).toBe(out(ts.ScriptTarget.ESNext));
    expect(out(ts.ScriptTarget.ES2017)).not.toBe(
      ts.transpileModule('const a = { ...b };', { compilerOptions: { target: ts.ScriptTarget.ES2017 } })
        .outputText,
    );
  });
});

describe('embed.js: heights', () => {
  let page: ReturnType<typeof host>;
  beforeEach(() => {
    page = host();
  });

  it('sizes each embed from its own messages, rounding up and capping', () => {
    const a = frame(`${APP}/?embed=1`);
    const b = frame(`${APP}/?embed=1&scenario=claimed`);
    page.frames.push(a, b);
    page.load();
    page.post(a, APP, { type: 'territory-scenarios:height', height: 640.2 });
    page.post(b, APP, { type: 'territory-scenarios:height', height: 1e7 });
    expect(a.style.height).toBe('641px');
    expect(b.style.height).toBe(`${MAX_HEIGHT}px`);
  });

  it('finds embeds added after it loaded', () => {
    page.load();
    const late = frame(`${APP}/embed/?embed=1`);
    page.frames.push(late);
    page.post(late, APP, { type: 'territory-scenarios:height', height: 500 });
    expect(late.style.height).toBe('500px');
  });

  it('obeys only the frame’s own window, from the origin of its src', () => {
    const a = frame(`${APP}/?embed=1`);
    page.frames.push(a);
    page.load();
    const height = { type: 'territory-scenarios:height', height: 500 };
    page.post(a, 'https://evil.example', height);
    page.post({ postMessage: vi.fn() }, APP, height);
    page.post(a, 'http://maps.example.org', height);
    expect(a.style.height).toBeUndefined();
  });

  it('ignores frames it cannot place and heights that are not positive finite numbers', () => {
    const blank = frame('about:blank');
    const data = frame('data:text/html,<p>hi</p>');
    const a = frame(`${APP}/?embed=1`);
    page.frames.push(blank, data, a);
    page.load();
    page.post(blank, 'null', { type: 'territory-scenarios:height', height: 300 });
    page.post(data, 'null', { type: 'territory-scenarios:height', height: 300 });
    for (const height of [0, -5, NaN, Infinity, '300', null]) {
      page.post(a, APP, { type: 'territory-scenarios:height', height });
    }
    for (const data of [null, 'territory-scenarios:height', 300, { type: 'other', height: 300 }]) {
      page.post(a, APP, data);
    }
    expect([blank, data, a].map((f) => f.style.height)).toEqual([undefined, undefined, undefined]);
  });

  it('keeps the first copy when a page includes it twice', () => {
    page.load();
    const first = page.api();
    page.load();
    expect(page.api()).toBe(first);
    expect(page.listeners).toHaveLength(1);
  });
});

describe('embed.js: TerritoryScenarios.set', () => {
  const SET = 'territory-scenarios:set';
  const height = { type: 'territory-scenarios:height', height: 500 };
  let page: ReturnType<typeof host>;
  beforeEach(() => {
    page = host();
    page.load();
  });

  /** A frame on the page whose app has spoken, so it is listening. */
  function listening(src: string): Frame {
    const f = frame(src);
    page.frames.push(f);
    page.post(f, new URL(src).origin, height);
    return f;
  }

  it('posts a set message to a listening frame, addressed to the frame’s origin', () => {
    const a = listening(`${APP}/app/?embed=1`);
    const state = { scenario: 'claimed', date: '2025-01-01', variant: 'x', lang: 'uk', extra: 1 };
    expect(page.api().set(a, state)).toBe(true);
    expect(a.contentWindow.postMessage).toHaveBeenCalledWith(
      { type: SET, scenario: 'claimed', date: '2025-01-01', variant: 'x' },
      APP,
    );
  });

  it('holds what is asked before the frame first speaks, then sends it in order', () => {
    const a = frame(`${APP}/?embed=1`);
    page.frames.push(a);
    expect(page.api().set(a, { scenario: 'claimed' })).toBe(true);
    expect(page.api().set(a, { date: '2023-03-01' })).toBe(true);
    expect(a.contentWindow.postMessage).not.toHaveBeenCalled();
    page.post(a, APP, { type: 'territory-scenarios:state', scenario: 'controlled' });
    expect(a.contentWindow.postMessage.mock.calls).toEqual([
      [{ type: SET, scenario: 'claimed' }, APP],
      [{ type: SET, date: '2023-03-01' }, APP],
    ]);
    page.post(a, APP, height);
    expect(a.contentWindow.postMessage).toHaveBeenCalledTimes(2);
  });

  it('keeps each frame’s queue to itself, and lets only the frame’s own app release it', () => {
    const a = frame(`${APP}/?embed=1`);
    const b = frame(`${APP}/?embed=1&scenario=claimed`);
    page.frames.push(a, b);
    page.api().set(a, { scenario: 'claimed' });
    page.post(b, APP, height);
    page.post(a, 'https://evil.example', height);
    page.post({ postMessage: vi.fn() }, APP, height);
    page.post(a, APP, { type: 'other' });
    expect(a.contentWindow.postMessage).not.toHaveBeenCalled();
    page.post(a, APP, height);
    expect(a.contentWindow.postMessage).toHaveBeenCalledTimes(1);
  });

  it('waits again when the frame is pointed at another page', () => {
    const a = listening(`${APP}/?embed=1`);
    a.src = `${APP}/?embed=1&scenario=claimed`;
    page.api().set(a, { date: '2023-03-01' });
    expect(a.contentWindow.postMessage).not.toHaveBeenCalled();
    page.post(a, APP, height);
    expect(a.contentWindow.postMessage).toHaveBeenCalledWith({ type: SET, date: '2023-03-01' }, APP);
  });

  it('sends nothing it could not address, and drops fields that are not strings', () => {
    const blank = frame('about:blank');
    expect(page.api().set(blank, { scenario: 'claimed' })).toBe(false);
    expect(page.api().set(null, { scenario: 'claimed' })).toBe(false);
    expect(blank.contentWindow.postMessage).not.toHaveBeenCalled();
    const a = listening(`${APP}/?embed=1`);
    page.api().set(a, { scenario: 7, date: null });
    expect(a.contentWindow.postMessage).toHaveBeenCalledWith({ type: SET }, APP);
  });
});
