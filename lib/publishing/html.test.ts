import { describe, expect, it } from "vitest";
import { html, jsonForScript } from "./html";

describe("html", () => {
  it("escapes every interpolated value, in lists too, but not nested html", () => {
    const name = `<img src=x onerror="alert(1)">`;
    expect(html`<p>${name}</p>`.value).toBe("<p>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</p>");
    expect(html`<ul>${["<a>", html`<li>ok</li>`]}</ul>`.value).toBe("<ul>&lt;a&gt;<li>ok</li></ul>");
    expect(html`<a title='${"it's"}'>x</a>`.value).toBe("<a title='it&#39;s'>x</a>");
  });

  it("keeps JSON-LD from closing its script element", () => {
    expect(jsonForScript({ claimReviewed: "</script><script>alert(1)</script>" }).value).not.toContain("</script>");
  });
});
