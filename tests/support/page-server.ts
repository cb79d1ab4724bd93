import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** Our own fixture article: a byline, a date, a site name, paragraphs with numbers and quotes. */
export const fixtureArticle = {
  title: "Harbour ferry fares to rise 12% in March",
  byline: "By Lena Okafor",
  siteName: "The Harbour Post",
  published: "2026-11-02T08:30:00Z",
  paragraphs: [
    "Ferry fares across the harbour will rise by 12% on 1 March, the transport authority said on Monday — the largest increase since 2011.",
    "The authority said fuel costs had “risen by more than a third” in two years and that the network carried 4.2 million passengers in 2025.",
    "Councillor Amir Haddad disputed the figures. “Passenger numbers fell, they did not rise,” he said, calling for an independent audit.",
    "A single adult ticket will cost £3.40, up from £3.05. Season tickets rise by 9%.",
  ],
};

function articleHtml(extra = "") {
  const { title, byline, siteName, published, paragraphs } = fixtureArticle;
  return `<!doctype html><html><head><title>${title} | ${siteName}</title>
<meta property="og:site_name" content="${siteName}"><meta property="article:published_time" content="${published}">
<meta name="author" content="Lena Okafor"><script>document.title = "changed by a script"</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>${title}</h1><p class="byline">${byline}</p><time datetime="${published}">2 November 2026</time>
${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}${extra}</article><footer>© The Harbour Post</footer></body></html>`;
}

/**
 * Web pages for import and archiving tests, on loopback: an article, redirect chains and a
 * loop, a slow page, an oversized page, a PDF, a page that changes at every fetch, a page
 * with no article, an image and a 404.
 */
export async function startPageServer() {
  let changing = 0;
  const server = createServer((req, res) => {
    const path = req.url ?? "/";
    const html = (body: string) => res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(body);
    if (path === "/article") return html(articleHtml());
    if (path.startsWith("/redirect/")) {
      const left = Number(path.split("/")[2]);
      return res.writeHead(302, { Location: left > 1 ? `/redirect/${left - 1}` : "/article" }).end();
    }
    if (path === "/loop/a") return res.writeHead(301, { Location: "/loop/b" }).end();
    if (path === "/loop/b") return res.writeHead(301, { Location: "/loop/a" }).end();
    if (path === "/slow") return void setTimeout(() => html(articleHtml()), 3000);
    if (path === "/huge") {
      res.writeHead(200, { "Content-Type": "text/html" });
      const chunk = `<p>${"x".repeat(64 * 1024)}</p>`;
      let sent = 0;
      const write = () => {
        while (sent < 6 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", write);
        }
        res.end();
      };
      res.on("error", () => {});
      return write();
    }
    if (path === "/report.pdf") return res.writeHead(200, { "Content-Type": "application/pdf" }).end("%PDF-1.4\n% fixture report: fuel costs rose 35%\n%%EOF\n");
    if (path === "/changing") return html(articleHtml(`<p>Update number ${++changing}: the authority revised its passenger figures again today.</p>`));
    if (path === "/no-article") return html("<!doctype html><html><head><title>Menu</title></head><body><nav><a href='/a'>A</a></nav></body></html>");
    if (path === "/image.png") return res.writeHead(200, { "Content-Type": "image/png" }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (path: string) => `${base}${path}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
