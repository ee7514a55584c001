/** Mounts the app. The page font is bundled from @fontsource (served by the app, never a CDN). */
import { mount } from 'svelte';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/cyrillic-600.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans/cyrillic-700.css';
import './app.css';
import App from './App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('index.html lacks #app');
export default mount(App, { target });
