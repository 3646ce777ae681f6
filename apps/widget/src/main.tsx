import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { loadResponseSchemas } from './lib/api-client.ts';
import { createQueryClient } from './lib/react-query.ts';
import './styles.css';

// Fetched alongside the first API request rather than before the first paint.
void loadResponseSchemas();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App queryClient={createQueryClient()} />
  </StrictMode>,
);
