import { hydrateRoot } from 'react-dom/client';
import { App } from './app.js';

const gateway = document.querySelector('meta[name="cw-gateway"]')?.getAttribute('content') ?? '';
const root = document.getElementById('root');
if (!root) throw new Error('no #root');
hydrateRoot(root, <App gateway={gateway} />);
