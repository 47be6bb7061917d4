import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { keepAppearanceInStep } from './appearance/apply.ts';
import { keepPipelineInStep } from './pipeline/controller.ts';
import './styles.css';

keepAppearanceInStep();
keepPipelineInStep();
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
