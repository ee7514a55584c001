/** Mounts the app. The page font is bundled from @fontsource (served by the app, never a CDN): see fonts.css. */
import { mount } from 'svelte';
import './fonts.css';
import './app.css';
import App from './App.svelte';
import { loadMessages } from './lib/i18n/index.ts';
import { FIRST_VIEW_FILES } from './lib/data/load.ts';
import { fetchEarly } from './lib/data/source.ts';
import { URL_CONTEXT } from './lib/state/app.svelte.ts';
import { parseModes, parseUrl } from './lib/state/url.ts';

if (!parseModes(location.search).embed) void import('./fonts-bold.css');
fetchEarly(FIRST_VIEW_FILES, document.baseURI);

const target = document.getElementById('app');
if (!target) throw new Error('index.html lacks #app');
// The reader's language arrives before the first paint, so no text ever shows in the other one.
// (A promise, not a top-level await: that would make the bundler split the main chunk into pieces.)
void loadMessages(parseUrl(location.search, URL_CONTEXT).state.lang).then(() => mount(App, { target }));
