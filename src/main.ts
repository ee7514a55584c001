/** Mounts the app. The page font is bundled from @fontsource (served by the app, never a CDN): see fonts.css. */
import { mount } from 'svelte';
import './fonts.css';
import './app.css';
import App from './App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('index.html lacks #app');
export default mount(App, { target });
