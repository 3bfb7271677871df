import type { Locator, Page } from 'playwright-core';

/**
 * playwright-core has no `expect` (that is @playwright/test's): these wait as it does, polling
 * the page until the condition holds or the time runs out, then fail with what was seen.
 */
async function until(describe: () => Promise<string>, holds: () => Promise<boolean>, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await holds().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(await describe().catch((error: Error) => error.message));
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** What the page showed when a wait failed: its address and the start of its text, so a failure in CI says why. */
async function seen(page: Page): Promise<string> {
  const text = await page.locator('body').innerText({ timeout: 1_000 }).catch(() => '(no body)');
  return `${page.url()}: "${text.replace(/\s+/g, ' ').trim().slice(0, 400)}"`;
}

const matches = (text: string, expected: string | RegExp) => (typeof expected === 'string' ? text.includes(expected) : expected.test(text));

export function expect(locator: Locator, timeout = 15_000) {
  const texts = async () => (await locator.allInnerTexts()).join(' | ');
  return {
    toBeVisible: () =>
      until(async () => `${locator} is not visible (count ${await locator.count()}) on ${await seen(locator.page())}`, () => locator.first().isVisible(), timeout),
    toBeHidden: () => until(async () => `${locator} is still visible: ${await texts()}`, async () => !(await locator.first().isVisible()), timeout),
    toContainText: (expected: string | RegExp) =>
      until(async () => `${locator} does not contain ${expected}: "${await texts()}"`, async () => matches(await texts(), expected), timeout),
    toHaveText: (expected: string) => until(async () => `${locator} is "${await texts()}", not "${expected}"`, async () => (await locator.first().innerText()).trim() === expected, timeout),
    toHaveCount: (n: number) => until(async () => `${locator} count is ${await locator.count()}, not ${n}`, async () => (await locator.count()) === n, timeout),
    toBeChecked: (checked = true) => until(async () => `${locator} is ${checked ? 'not ' : ''}checked`, async () => (await locator.first().isChecked()) === checked, timeout),
    toBeFocused: () =>
      until(
        async () => `${locator} does not have the focus; ${await locator.page().evaluate<string>('document.activeElement ? document.activeElement.outerHTML.slice(0, 120) : "nothing"')} has`,
        () => locator.first().evaluate((element: any) => element === element.ownerDocument.activeElement),
        timeout,
      ),
    toHaveAttribute: (name: string, value: string) =>
      until(async () => `${locator} [${name}] is ${await locator.first().getAttribute(name)}, not ${value}`, async () => (await locator.first().getAttribute(name)) === value, timeout),
  };
}

/** The document's title, which follows the page's data and the interface's language. */
export function expectTitle(page: Page, expected: string, timeout = 10_000): Promise<void> {
  return until(async () => `the title is "${await page.title()}", not "${expected}"`, async () => (await page.title()) === expected, timeout);
}
