import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { connect, queryClient } from "./api";
import { App } from "./app";
import { keepSignedIn } from "./auth";
import { loadConfig } from "./config";
import "./styles.css";

const root = createRoot(document.getElementById("root") as HTMLElement);

loadConfig().then(
  (config) => {
    connect(config);
    void keepSignedIn(config.auth);
    root.render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <App config={config} />
        </QueryClientProvider>
      </StrictMode>,
    );
  },
  (error: unknown) => {
    root.render(
      <main className="boot-failure" role="alert">
        <h1>Plinth could not start</h1>
        <p>{error instanceof Error ? error.message : String(error)}</p>
      </main>,
    );
  },
);
