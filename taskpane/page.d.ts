/**
 * Build-time helper for the hosts: `taskpane.html` with its host slots filled. Excel links the stylesheet
 * and adds office.js to the head; the Sheets sidebar must be one self-contained file, so it inlines both
 * the stylesheet and the script. Implemented in `page.js` so a `webpack.config.js` can require it.
 */

/** How a host wants its page. */
export interface TaskpanePageOptions {
  /** Markup for the head slot, before the stylesheet: Excel's office.js `<script>` tag. */
  readonly head?: string;
  /** Put `taskpane.css` in a `<style>` instead of linking it. */
  readonly inlineCss?: boolean;
  /** A classic script to inline at the end of the body (it must mount the pane). */
  readonly inlineScript?: string;
}

/** The task pane page for a host, as HTML text. */
export function taskpanePage(options?: TaskpanePageOptions): string;
