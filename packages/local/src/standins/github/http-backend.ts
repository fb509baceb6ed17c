import { spawn } from "node:child_process";

/**
 * Git's smart HTTP protocol, served by the machine's own `git http-backend` (a CGI program shipped
 * with git): `git clone http://…/<owner>/<repo>.git` talks to real git on the other end. The request
 * is handed over as CGI variables and stdin; the CGI answer (headers, blank line, body) becomes the
 * response. `remoteUser` set means the caller authenticated, which is what lets it push.
 */
export async function gitHttpBackend(
  request: Request,
  projectRoot: string,
  pathInfo: string,
  remoteUser: string | undefined,
): Promise<Response> {
  const url = new URL(request.url);
  const body = request.method === "POST" ? Buffer.from(await request.arrayBuffer()) : undefined;
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    GIT_PROJECT_ROOT: projectRoot,
    GIT_HTTP_EXPORT_ALL: "1",
    PATH_INFO: pathInfo,
    REQUEST_METHOD: request.method,
    QUERY_STRING: url.search.slice(1),
    CONTENT_TYPE: request.headers.get("content-type") ?? "",
    REMOTE_ADDR: "127.0.0.1",
    ...(body ? { CONTENT_LENGTH: String(body.length) } : {}),
    ...(remoteUser ? { REMOTE_USER: remoteUser } : {}),
  };
  const encoding = request.headers.get("content-encoding");
  if (encoding) env.HTTP_CONTENT_ENCODING = encoding;
  const protocol = request.headers.get("git-protocol");
  if (protocol) env.GIT_PROTOCOL = protocol;

  const output = await new Promise<Buffer>((resolve, reject) => {
    const child = spawn("git", ["http-backend"], { env, stdio: ["pipe", "pipe", "pipe"] });
    const chunks: Buffer[] = [];
    const errors: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => errors.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0 || chunks.length > 0) resolve(Buffer.concat(chunks));
      else reject(new Error(`git http-backend exited ${code}: ${Buffer.concat(errors).toString().trim()}`));
    });
    child.stdin.end(body ?? Buffer.alloc(0));
  });

  const separator = output.indexOf("\r\n\r\n");
  const headerText = output.subarray(0, separator === -1 ? 0 : separator).toString("latin1");
  const headers = new Headers();
  let status = 200;
  for (const line of headerText.split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon === -1) continue;
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (name.toLowerCase() === "status") status = Number.parseInt(value, 10) || 200;
    else headers.append(name, value);
  }
  return new Response(separator === -1 ? output : output.subarray(separator + 4), { status, headers });
}
