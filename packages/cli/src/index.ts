export { run } from "./program";
