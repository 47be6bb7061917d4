import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { keepAppearanceInStep } from './appearance/apply.ts';
import { keepFiltersInStep } from './filters/apply-filters.ts';
import './styles.css';

keepAppearanceInStep();
keepFiltersInStep();
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
