/**
 * What the walk through every page checks on the page showing, run inside the browser
 * (page.evaluate: self-contained, no imports). Sizes are CSS px at the walk's 375-wide
 * viewport, where the H5 build's rem is at its smallest (index.html clamps it at 20 px),
 * so 16 px here is 32 design px: 32rpx, 16 px on a 375-wide phone in the mini-program.
 *
 * A tappable element is, robustly across Taro's H5 components and NutUI:
 * - anything React gave a tap handler (onClick / onTap / onLongPress in its props: Taro's
 *   View, Text and NutUI's inner parts render plain elements and listen through React,
 *   so no attribute in the DOM says so — React's own props on the node do);
 * - the native and ARIA controls: button, a[href], input, textarea, select, and roles
 *   button, link, checkbox, radio, switch, tab, option;
 * - Taro's H5 custom elements (taro-button-core, taro-checkbox-core, taro-radio-core,
 *   taro-switch-core, taro-picker-core, taro-navigator-core) and the H5 tab bar items.
 * An element that takes no taps (pointer-events: none) is left out: its row takes them.
 */
export interface AuditOptions {
  /** the smallest text allowed, px; 0 checks none */
  minText: number
  /** the smallest side of a tap target, px */
  minTarget: number
}

export function auditPage(opts: AuditOptions): string[] {
  const out: string[] = []
  // the H5-only identity switcher is a local tool, not part of the app
  const outside = (el: Element) => el.closest('.identity-switcher') !== null
  const name = (el: Element) => {
    const id = el.closest('[data-testid]')?.getAttribute('data-testid')
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 24)
    return `「${text || el.getAttribute('placeholder') || el.tagName.toLowerCase()}」${id ? ` [${id}]` : ''}`
  }
  const shown = (el: Element) => {
    const r = el.getBoundingClientRect()
    if (r.width < 1 || r.height < 1) return false
    const cs = getComputedStyle(el)
    return cs.visibility !== 'hidden' && Number(cs.opacity) > 0.05
  }
  const root = document.querySelector('#app') ?? document.body

  // ---- text: its size, dates and times kept whole, no brackets within brackets ----
  const TIME_OR_DATE = /\d{1,2}:\d{2}|星期[一二三四五六日天]|周[一二三四五六日天]|(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2}/g
  const NESTED = /（[^（）]*（/
  const groups = new Map<Element, Text[]>()
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const el = n.parentElement
    if (!el || !n.data.trim() || outside(el) || el.closest('script, style')) continue
    const range = document.createRange()
    range.selectNodeContents(n)
    if (![...range.getClientRects()].some((r) => r.width > 0 && r.height > 0) || getComputedStyle(el).visibility === 'hidden') continue
    const size = parseFloat(getComputedStyle(el).fontSize)
    if (opts.minText && size < opts.minText - 0.05) out.push(`text ${size.toFixed(1)}px < ${opts.minText}px: ${name(el)}`)
    const list = groups.get(el) ?? []
    list.push(n)
    groups.set(el, list)
  }
  for (const [el, nodes] of groups) {
    const text = nodes.map((n) => n.data).join('')
    if (NESTED.test(text)) out.push(`brackets within brackets: ${name(el)}`)
    for (const m of text.matchAll(TIME_OR_DATE)) {
      // the match's start and end, as positions in the text nodes
      const at = (offset: number) => {
        let rest = offset
        for (const n of nodes) {
          if (rest <= n.data.length) return { n, rest }
          rest -= n.data.length
        }
        return { n: nodes[nodes.length - 1], rest: nodes[nodes.length - 1].data.length }
      }
      const a = at(m.index ?? 0)
      const b = at((m.index ?? 0) + m[0].length)
      const range = document.createRange()
      range.setStart(a.n, a.rest)
      range.setEnd(b.n, b.rest)
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0)
      if (rects.length < 2) continue
      const tops = rects.map((r) => r.top)
      if (Math.max(...tops) - Math.min(...tops) > rects[0].height / 2) out.push(`「${m[0]}」 broken across lines: ${name(el)}`)
    }
  }

  // ---- tap targets ----
  const CONTROLS =
    'button, a[href], input:not([type=hidden]), textarea, select, [role=button], [role=link], [role=checkbox], [role=radio], [role=switch], [role=tab], [role=option], ' +
    'taro-button-core, taro-checkbox-core, taro-radio-core, taro-switch-core, taro-picker-core, taro-navigator-core, .weui-tabbar__item'
  const handles = (el: Element) => {
    for (const key of Object.keys(el)) {
      if (!key.startsWith('__reactProps$')) continue
      const props = (el as unknown as Record<string, Record<string, unknown>>)[key]
      return Boolean(props && (props.onClick || props.onTap || props.onLongPress))
    }
    return false
  }
  for (const el of root.querySelectorAll('*')) {
    if (outside(el) || !(el.matches(CONTROLS) || handles(el)) || !shown(el)) continue
    if (getComputedStyle(el).pointerEvents === 'none') continue
    const r = el.getBoundingClientRect()
    if (r.width < opts.minTarget - 0.5 || r.height < opts.minTarget - 0.5) {
      out.push(`tap target ${Math.round(r.width)}×${Math.round(r.height)} < ${opts.minTarget}×${opts.minTarget}: ${name(el)}`)
    }
  }

  // ---- inputs say what to write (NutUI's default 请输入内容 says nothing) ----
  const SAYS_NOTHING = ['', '请输入', '请输入内容']
  for (const el of root.querySelectorAll('input, textarea')) {
    const type = el.getAttribute('type') ?? 'text'
    if (['hidden', 'checkbox', 'radio', 'file', 'button', 'submit'].includes(type) || outside(el) || !shown(el)) continue
    const placeholder = (el.getAttribute('placeholder') ?? '').trim()
    if (SAYS_NOTHING.includes(placeholder)) out.push(`${el.tagName.toLowerCase()} without a placeholder saying what to write (${placeholder || 'none'}): ${name(el.parentElement ?? el)}`)
  }
  return [...new Set(out)]
}
