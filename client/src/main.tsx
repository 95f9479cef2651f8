import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
// Global styles. Component stylesheets override them by specificity, not by coming later: the
// build links the CSS of a chunk shared with lazy views before the entry's own.
import "./styles/base.css";
import "./styles/shared.css";
import { App } from "./App";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
