import { RouterProvider, createBrowserRouter } from "react-router-dom";
import { Provider, ssrExchange } from "urql";
import { createApiClient } from "./api/client";
import { initialAnswers } from "./api/server-rendered-data";
import { consumeSignInLink } from "./api/curator-token";
import { preloadGraphChunks, VIEW_ROUTES } from "./navigation/route-table";
import { Shell } from "./Shell";

// Before React's first render, so a graph view opened directly downloads its chunks in parallel.
preloadGraphChunks(window.location.pathname);
// Before the first request: the curator sign-in link carries its token in the fragment.
consumeSignInLink();
// Before the router reads the URL: a page the server rendered settles it, and its answers are
// handed to the first render, so that render matches the server's markup and sends no request.
const answers = initialAnswers();

const router = createBrowserRouter([{ element: <Shell />, children: VIEW_ROUTES }]);

const client = createApiClient(
  undefined,
  undefined,
  answers ? { ssr: ssrExchange({ isClient: true, initialState: answers }) } : {},
);

export function App() {
  return (
    <Provider value={client}>
      <RouterProvider router={router} />
    </Provider>
  );
}
