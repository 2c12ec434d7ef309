import { expect, type Locator } from "@playwright/test";

/**
 * Waits until React has hydrated the element: text typed into a controlled field before that can
 * be reset by the hydration (seen under load on CI), and a click finds no handler yet. React marks
 * each element it has claimed with an own property named `__reactFiber$…`.
 */
export async function hydrated(locator: Locator) {
  await expect
    .poll(() => locator.evaluate((element) => Object.keys(element).some((key) => key.startsWith("__reactFiber$"))), {
      message: "the element is hydrated",
    })
    .toBe(true);
}
