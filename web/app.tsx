import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { InspectorPage } from './features/inspector/inspector-page';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false } },
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <InspectorPage />
    </QueryClientProvider>
  );
}
