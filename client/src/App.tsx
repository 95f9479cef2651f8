import { RouterProvider, createBrowserRouter } from "react-router-dom";
import { Provider } from "urql";
import { createApiClient } from "./api/client";
import { consumeSignInLink } from "./api/curator-token";
import { preloadGraphChunks, VIEW_ROUTES } from "./navigation/route-table";
import { Shell } from "./Shell";

// Before React's first render, so a graph view opened directly downloads its chunks in parallel.
preloadGraphChunks(window.location.pathname);
// Before the first request: the curator sign-in link carries its token in the fragment.
consumeSignInLink();

const router = createBrowserRouter([{ element: <Shell />, children: VIEW_ROUTES }]);

const client = createApiClient();

export function App() {
  return (
    <Provider value={client}>
      <RouterProvider router={router} />
    </Provider>
  );
}
