/**
 * A response body as tests read it. Tests assert on arbitrary nested shapes, so the body is typed
 * loosely on purpose; the assertions, not the type, check it.
 */
// biome-ignore lint/suspicious/noExplicitAny: test assertions walk bodies of any shape
export type Body = any;

export async function bodyOf(response: Response): Promise<Body> {
  return await response.json();
}
