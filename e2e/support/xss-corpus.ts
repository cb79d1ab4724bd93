/** Known XSS and mXSS shapes, used as imported HTML and as plain text in every field. */
export const htmlPayloads = [
  `<a href="javascript:alert('a1')">plain js link</a>`,
  `<a href="JaVaScRiPt:alert('a2')">mixed case</a>`,
  `<a href="&#106;avascript:alert('a3')">entity</a>`,
  `<a href="java&#x09;script:alert('a4')">tab entity</a>`,
  `<a href="  javascript:alert('a5')">leading spaces</a>`,
  `<a href="data:text/html,<script>alert('a6')</script>">data url</a>`,
  `<img src=x onerror="alert('i1')">`,
  `<p onclick="alert('p1')" onmouseover="alert('p2')">handlers</p>`,
  `<svg><script>alert('s1')</script></svg>`,
  `<svg onload="alert('s2')"><circle r=1 /></svg>`,
  `<xmp><p title="</xmp><img src=x onerror=alert('x1')>">`,
  `<noscript><p title="</noscript><img src=x onerror=alert('n1')>">`,
  `<math><mtext><table><mglyph><style><img src=x onerror=alert('m1')>`,
  `<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert('m2')>`,
  `<iframe srcdoc="<script>alert('f1')</script>"></iframe>`,
  `<details open ontoggle="alert('d1')">toggle</details>`,
  `<object data="javascript:alert('o1')"></object>`,
  `<base href="javascript:alert('b1')//">`,
  `<style>@import 'javascript:alert(1)';</style>`,
  `<script>alert('sc1')</script>`,
];

export const textPayload = `<img src=x onerror="alert('t1')"> "><script>alert('t2')</script> javascript:alert('t3')`;
