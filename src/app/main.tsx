import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App.tsx';
import { keepAppearanceInStep } from './appearance/apply.ts';
import { appI18n, keepLanguageInStep } from './i18n.ts';
import { keepMapLayoutInStep } from './map/map-layout.ts';
import { keepPipelineInStep } from './pipeline/controller.ts';
import './styles.css';

keepAppearanceInStep();
keepPipelineInStep();
keepLanguageInStep();
keepMapLayoutInStep();
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={appI18n}>
      <App />
    </I18nextProvider>
  </StrictMode>,
);
