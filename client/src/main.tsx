import { StrictMode, startTransition } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
// Global styles. Component stylesheets override them by specificity, not by coming later: the
// build links the CSS of a chunk shared with lazy views before the entry's own.
import "./styles/base.css";
import "./styles/shared.css";
import { App } from "./App";
import { pageToHydrate } from "./api/server-rendered-data";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);
// A page the server rendered with its data is taken over where it stands (the first render
// draws from that data, so it matches); a frame without data is drawn afresh.
// As a transition, React hydrates in slices of a few milliseconds and lets the browser answer
// input between them, instead of holding a phone's processor for a few hundred milliseconds: the
// page is already readable, and its links work, while that runs.
if (pageToHydrate()) startTransition(() => void hydrateRoot(root, app));
else createRoot(root).render(app);
