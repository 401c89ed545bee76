// Cleaning of an HTML page around Readability: what is removed from the page before Readability scores it
// (markup that is never article text: scripts, navigation, hidden elements, forms' controls), and what is
// removed from the content Readability returns (captions, galleries, share bars, bylines and timestamps,
// related-links lists, the headline). Every rule is about the markup's role, never about one site.

/** The little of the DOM this module uses; linkedom's nodes provide it. */
export interface El {
  nodeType: number;
  nodeName: string;
  tagName?: string;
  textContent: string | null;
  childNodes: ArrayLike<El>;
  children?: ArrayLike<El>;
  parentNode: El | null;
  firstChild?: El | null;
  getAttribute(name: string): string | null;
  setAttribute?(name: string, value: string): void;
  removeAttribute?(name: string): void;
  hasAttribute?(name: string): boolean;
  querySelectorAll(selector: string): ArrayLike<El> & Iterable<El>;
  remove(): void;
  replaceWith?(...nodes: El[]): void;
}

/** Elements that never hold article text. */
const DROP_TAGS = [
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'embed', 'canvas', 'button', 'select',
  'input', 'textarea', 'nav', 'aside', 'footer', 'dialog', 'menu',
];

const DROP_ROLES = /^(?:navigation|banner|contentinfo|complementary|dialog|alertdialog|search|menu|menubar|toolbar)$/i;

/** Before Readability: removes what is never article text and keeps embedded posts (tweets) as quotes. */
export function preClean(root: El): void {
  for (const el of [...root.querySelectorAll(DROP_TAGS.join(','))]) el.remove();
  for (const el of [...root.querySelectorAll('[hidden],[aria-hidden="true"],[role],[style]')]) {
    if (!el.parentNode) continue;
    if (el.hasAttribute?.('hidden') || el.getAttribute('aria-hidden') === 'true') {
      el.remove();
      continue;
    }
    const role = el.getAttribute('role');
    if (role && DROP_ROLES.test(role)) {
      el.remove();
      continue;
    }
    const style = el.getAttribute('style');
    if (style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) el.remove();
  }
  // Embedded social posts quoted by the article sit in wrappers whose class ("social-media-embed")
  // Readability takes for a share bar: lift the quote out of wrappers that hold nothing else.
  for (const quote of [...root.querySelectorAll('blockquote.twitter-tweet,blockquote.instagram-media,blockquote.tiktok-embed')]) {
    quote.setAttribute?.('class', 'embedded-post');
    let wrapper = quote.parentNode;
    while (wrapper && wrapper.nodeName.toUpperCase() === 'DIV' && onlyChild(wrapper, quote)) {
      const up: El | null = wrapper.parentNode;
      wrapper.replaceWith?.(quote);
      wrapper = up;
    }
  }
}

function onlyChild(parent: El, child: El): boolean {
  const nodes = parent.childNodes;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node === child) continue;
    if (node.nodeType === 1) return false;
    if (node.nodeType === 3 && (node.textContent ?? '').trim()) return false;
  }
  return true;
}

/**
 * Words of class names and ids that mark boilerplate inside an article's content. Matched against the
 * words of an element's class and id (split at -, _ and camelCase), so "article__image-credit" and
 * "shareBar" match but "shared-story" or "authoritative" do not.
 */
const BOILERPLATE_WORDS = new Set([
  'caption', 'captions', 'credit', 'credits', 'figcaption', 'gallery', 'slideshow', 'carousel', 'lightbox',
  'share', 'sharing', 'sharebar', 'social', 'byline', 'bylines', 'author', 'authors', 'timestamp', 'published',
  'updated', 'pubdate', 'related', 'recommended', 'recirc', 'newsletter', 'subscribe', 'subscription', 'signup',
  'promo', 'advert', 'advertisement', 'ad', 'ads', 'sponsor', 'sponsored', 'outbrain', 'taboola', 'breadcrumb',
  'breadcrumbs', 'tags', 'comments', 'comment', 'toolbar', 'disclaimer', 'copyright', 'bio', 'rating',
  'date', 'meta', 'rail', 'tooltip', 'popover', 'rollover', 'hovercard', 'image', 'photo', 'media',
]);

function classWords(el: El): string[] {
  // A state modifier ("has-image", "mv-create-has-image", "is-sharing") says what an element holds,
  // not what it is.
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`
    .split(/\s+/)
    .filter((name) => name && !/(?:^|[-_])(?:has|is|with|no|show|hide)[-_]/i.test(name));
  if (!names.length) return [];
  return names
    .join(' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function isBoilerplate(el: El): boolean {
  if (el.getAttribute('class') === 'embedded-post') return false;
  for (const word of classWords(el)) if (BOILERPLATE_WORDS.has(word)) return true;
  return false;
}

const textLength = (el: El) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;

/** After Readability, on the content element it returns (with its classes kept). */
export function postClean(root: El): void {
  for (const el of [...root.querySelectorAll('figure,figcaption,picture,h1')]) el.remove();
  const total = textLength(root);
  // A header inside the article holds its kicker, headline, byline and date.
  for (const el of [...root.querySelectorAll('header')]) if (el.parentNode && textLength(el) <= total * 0.3) el.remove();
  // Elements marked as boilerplate by their class, unless they hold a large share of the article (a
  // wrapper such as <div class="post-share-wrapper"> around the whole story is not a share bar).
  for (const el of [...root.querySelectorAll('[class],[id]')]) {
    if (!el.parentNode || !isBoilerplate(el)) continue;
    if (textLength(el) > total * 0.3) continue;
    el.remove();
  }
}
