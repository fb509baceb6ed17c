/**
 * A browser for tests of sign-in: cookies and redirects by hand, so every hop is visible. `follow`
 * stops at the first redirect that leaves `home` (the provider) and answers where it went.
 */
export class Browser {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly home: string) {}

  async go(url: string, init: RequestInit = {}): Promise<Response> {
    const response = await fetch(url, {
      ...init,
      redirect: "manual",
      headers: { ...(init.headers as Record<string, string>), cookie: this.cookieHeader() },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const [name = "", ...value] = pair.split("=");
      this.cookies.set(name.trim(), value.join("="));
    }
    return response;
  }

  async follow(url: string, init: RequestInit = {}): Promise<{ url: string; response: Response }> {
    let response = await this.go(url, init);
    let at = url;
    while (response.status >= 300 && response.status < 400) {
      at = new URL(response.headers.get("location") ?? "", at).toString();
      if (!at.startsWith(this.home)) return { url: at, response };
      response = await this.go(at);
    }
    return { url: at, response };
  }

  /** Submits the page's first form with its hidden fields (and `extra`), as a browser would. */
  async submit(page: string, at: string, extra: Record<string, string> = {}) {
    const action = new URL(/<form[^>]*action="([^"]+)"/.exec(page)?.[1] ?? at, at).toString();
    const fields = Object.fromEntries(
      [...page.matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)].map((m) => [m[1] ?? "", m[2] ?? ""]),
    );
    return await this.follow(action, form({ ...fields, ...extra }));
  }

  private cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

export const form = (fields: Record<string, string>) => ({
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams(fields).toString(),
});
