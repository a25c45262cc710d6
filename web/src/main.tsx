import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadCatalogue } from './i18n';
import { getLang } from './session';
import './styles.css';

// The nonce the server gave this page's style elements (its Content-Security-Policy allows no
// other inline style): the dialogs' scroll lock (react-remove-scroll through get-nonce) reads it
// from __webpack_nonce__.
const nonce = document.querySelector('meta[name="csp-nonce"]')?.getAttribute('content');
if (nonce && !nonce.startsWith('__')) (window as unknown as { __webpack_nonce__: string }).__webpack_nonce__ = nonce;

// The chosen language's catalogue comes first, so the first paint is already in it.
void loadCatalogue(getLang()).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
