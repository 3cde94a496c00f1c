import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { InspectorPage } from './features/inspector/inspector-page';
import { spendsGongCalls, usageQuery } from './lib/api/usage-query';
import './styles.css';

const queryClient: QueryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false } },
  // A schema read, the integrations list, an upload status: each spent a call of today's
  // allowance, so the count on the page is read again. A fetch run says so once, at its end.
  queryCache: new QueryCache({
    onSettled: (_data, _error, query) => {
      if (spendsGongCalls(query.queryKey)) {
        void queryClient.invalidateQueries({ queryKey: usageQuery.queryKey });
      }
    },
  }),
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <InspectorPage />
    </QueryClientProvider>
  );
}
