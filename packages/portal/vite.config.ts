import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/**
 * The portal is served under /portal/ next to the API (same origin: no CORS), locally by `npm start`
 * and in AWS behind the stage's Router. Everything it loads is bundled: no CDN at run time.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: "/portal/",
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true, sourcemap: true, target: "es2022" },
  logLevel: "warn",
});
