// Script-injection payloads pushed through every field that reaches HTML (e2e/xss.spec.ts) and
// thrown at the body validator and renderer (lib/editor/fuzz.test.ts). A payload that ran would
// call `__xss()` (the tests define it to record the hit) or open a dialog, or fetch from the
// foreign origin `xss.invalid`.
const J = "__xss()";
const FOREIGN = "https://xss.invalid/x";

const scriptTags = [
  `<script>${J}</script>`,
  `<SCRIPT>${J}</SCRIPT>`,
  `<script src="${FOREIGN}.js"></script>`,
  `<script>alert(1)</script>`,
  `<scr<script>ipt>${J}</scr</script>ipt>`,
  `"><script>${J}</script>`,
  `'><script>${J}</script>`,
  `</title><script>${J}</script>`,
  `</textarea><script>${J}</script>`,
  `</script><script>${J}</script>`,
  `<script>/*</script><script>*/${J}</script>`,
  `<script type="module">${J}</script>`,
  `<script>eval(atob("X194c3MoKQ=="))</script>`,
  `<script\x20type="text/javascript">${J}</script>`,
  `<script/xss src="${FOREIGN}.js"></script>`,
  `<<script>${J};//<</script>`,
];

const eventHandlers = [
  `<img src=x onerror=${J}>`,
  `<img src="x" onerror="${J}">`,
  `<IMG SRC=x OnErRoR=${J}>`,
  `<svg onload=${J}>`,
  `<body onload=${J}>`,
  `<input autofocus onfocus=${J}>`,
  `<select autofocus onfocus=${J}></select>`,
  `<textarea autofocus onfocus=${J}></textarea>`,
  `<details open ontoggle=${J}>`,
  `<video><source onerror=${J}></video>`,
  `<audio src=x onerror=${J}>`,
  `<iframe onload=${J}></iframe>`,
  `<marquee onstart=${J}>x</marquee>`,
  `<div onmouseover="${J}">hover</div>`,
  `<a onclick="${J}" href="#">click</a>`,
  `<img src=x onerror="&#95;&#95;xss()">`,
  `<img/src=x/onerror=${J}>`,
  `<img src=x onerror\x0b=${J}>`,
  `" onmouseover="${J}" x="`,
  `' onfocus='${J}' autofocus='`,
  `<object data="${FOREIGN}"></object>`,
  `<embed src="${FOREIGN}">`,
  `<form><button formaction="javascript:${J}">go</button></form>`,
  `<isindex action="javascript:${J}" type=image>`,
  `<style>@import "${FOREIGN}.css";</style>`,
  `<link rel=stylesheet href="${FOREIGN}.css">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${J}">`,
  `<base href="${FOREIGN}/">`,
  `<img src="${FOREIGN}.png">`,
  `<body background="javascript:${J}">`,
];

const urls = [
  `javascript:${J}`,
  `JaVaScRiPt:${J}`,
  ` javascript:${J}`,
  `java\tscript:${J}`,
  `java\nscript:${J}`,
  `&#106;avascript:${J}`,
  `javascript&colon;${J}`,
  `\x01javascript:${J}`,
  `javascript://%0a${J}`,
  `vbscript:msgbox(1)`,
  `data:text/html,<script>${J}</script>`,
  `data:text/html;base64,PHNjcmlwdD5fX3hzcygpPC9zY3JpcHQ+`,
  `data:image/svg+xml,<svg onload=${J}>`,
  `<a href="javascript:${J}">link</a>`,
  `<a href="data:text/html,<script>${J}</script>">data</a>`,
  `<iframe src="javascript:${J}"></iframe>`,
  `<iframe src="data:text/html,<script>parent.${J}</script>"></iframe>`,
  `<iframe srcdoc="<script>parent.${J}</script>"></iframe>`,
  `https://www.youtube.com/watch?v=javascript:${J}`,
  `https://x.com/a/status/1"><script>${J}</script>`,
  `//xss.invalid/x`,
  `https://xss.invalid/x`,
  `mailto:a@b.c"><script>${J}</script>`,
  `http://"><img src=x onerror=${J}>`,
];

const svgAndMath = [
  `<svg><script>${J}</script></svg>`,
  `<svg><script href="data:,${J}"/></svg>`,
  `<svg><a xlink:href="javascript:${J}"><text x="20" y="20">x</text></a></svg>`,
  `<svg><animate onbegin=${J} attributeName=x dur=1s>`,
  `<svg><set attributeName="onload" to="${J}"/></svg>`,
  `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='x' onerror='${J}'/></svg>#x"/></svg>`,
  `<svg><foreignObject><iframe srcdoc="<script>parent.${J}</script>"></iframe></foreignObject></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${J}>`,
  `<math href="javascript:${J}">click</math>`,
  `<math><maction actiontype="statusline" xlink:href="javascript:${J}">x</maction></math>`,
  `<svg><style><img src=x onerror=${J}></style></svg>`,
  `<svg><title><![CDATA[</title><script>${J}</script>]]></svg>`,
];

const brokenMarkup = [
  `<img src=x onerror=${J}`,
  `<img src="x" onerror="${J}"`,
  `<script>${J}`,
  `<!--<img src="--><img src=x onerror=${J}>">`,
  `<![CDATA[<script>${J}</script>]]>`,
  `<?xml version="1.0"?><script>${J}</script>`,
  `<noscript><p title="</noscript><img src=x onerror=${J}>">`,
  `<template><script>${J}</script></template>`,
  `<textarea><img src=x onerror=${J}></textarea>`,
  `<title><img src=x onerror=${J}></title>`,
  `<xmp><img src=x onerror=${J}></xmp>`,
  `<plaintext><script>${J}</script>`,
  `<div <img src=x onerror=${J}>>`,
  `<a href="x" <script>${J}</script>>`,
  `</p></div></section></article><script>${J}</script>`,
  `<table><td><img src=x onerror=${J}></table>`,
];

const entityAndUnicode = [
  `&lt;script&gt;${J}&lt;/script&gt;`,
  `&#60;script&#62;${J}&#60;/script&#62;`,
  `&#x3C;img src=x onerror=${J}&#x3E;`,
  `\u003cscript\u003e${J}\u003c/script\u003e`,
  `＜script＞${J}＜/script＞`,
  `\uFF1Cimg src=x onerror=${J}\uFF1E`,
  `<scr\u0000ipt>${J}</scr\u0000ipt>`,
  `<img src=x onerror=\u2028${J}>`,
  `\u202E<script>${J}</script>`,
  `<img src=x on\u200Berror=${J}>`,
  `%3Cscript%3E${J}%3C/script%3E`,
  `\\x3cscript\\x3e${J}\\x3c/script\\x3e`,
  `<ſcript>${J}</ſcript>`,
  `<script>\u0061lert(1)</script>`,
  `&quot;&gt;&lt;img src=x onerror=${J}&gt;`,
];

// Markup that changes meaning when parsed twice (sanitisers that serialise and reparse).
const mutation = [
  `<noscript><p title="</noscript><img src=x onerror=${J}>">`,
  `<svg></p><style><a id="</style><img src=1 onerror=${J}>">`,
  `<math><mi><li><table><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=${J} src=1>"></path></textarea></mtext></svg></mglyph></table></li></mi></math>`,
  `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${J}>`,
  `<svg><p><style><img src=x onerror=${J}></style></p></svg>`,
  `<listing>&lt;img src=1 onerror=${J}&gt;</listing>`,
  `<a href="&#x6A;avascript:${J}">x</a>`,
  `<img src="x` + "`" + ` onerror=${J}>`,
  `<div id="x"></div><img src=x onerror="document.getElementById('x').innerHTML='<img src=x onerror=${J}>'">`,
  `{{constructor.constructor('${J}')()}}`,
  `\${${J}}`,
  `<div style="background:url(javascript:${J})">x</div>`,
  `<div style="width:expression(${J})">x</div>`,
];

export const XSS_PAYLOADS: readonly string[] = [...scriptTags, ...eventHandlers, ...urls, ...svgAndMath, ...brokenMarkup, ...entityAndUnicode, ...mutation];
export const FOREIGN_HOST = "xss.invalid";
