/**
 * `<code-deep-link>` on /errors/: `/errors/?code=X` goes straight to the entry when X is a code,
 * inner code or alias of exactly one entry, lists the entries when it names several, and says it is
 * not in the catalog otherwise, the way a vendor's own `error?code=` page answers. It reads the same
 * static code map as the search dialog.
 */
import { codeMapFrom, lookUpCode, type CodeAnswer } from './code-lookup.ts';

function answerList(answers: CodeAnswer[]): HTMLUListElement {
  const list = document.createElement('ul');
  for (const answer of answers) {
    const link = document.createElement('a');
    link.href = answer.url;
    link.textContent = answer.title;
    const item = document.createElement('li');
    item.append(link, ` — ${answer.summary}`);
    list.append(item);
  }
  return list;
}

class CodeDeepLink extends HTMLElement {
  async connectedCallback() {
    const code = new URLSearchParams(location.search).get('code')?.trim();
    if (!code) return;
    const note = this.querySelector<HTMLElement>('[data-note]')!;
    const shown = document.createElement('code');
    shown.textContent = code;
    this.hidden = false;
    let answers: CodeAnswer[];
    try {
      answers = await lookUpCode(code, codeMapFrom(this), this.dataset['base'] ?? '/');
    } catch {
      note.replaceChildren('The code map could not load; search the table below for ', shown, '.');
      return;
    }
    if (answers.length === 1) {
      note.replaceChildren('Opening the entry for ', shown, '…');
      location.replace(answers[0]!.url);
    } else if (answers.length > 1) {
      note.replaceChildren(shown, ` names ${answers.length} entries:`);
      note.after(answerList(answers));
    } else {
      note.replaceChildren(shown, ' is not in the catalog.');
    }
  }
}

customElements.define('code-deep-link', CodeDeepLink);
