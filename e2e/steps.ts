/** What a person does in the browser, step by step, shared by the browser tests. */
import type { Page } from 'playwright-core'

export const typeInto = async (page: Page, testid: string, value: string, inner = 'input') => {
  await page.getByTestId(testid).locator(inner).first().fill(value)
}

export interface Registration {
  name: string
  phone: string
  address: string
  category: string
  content: string
}

/** Opens the talk point as its QR code would, and starts 我要说事. */
export async function openPointAndStart(page: Page, baseUrl: string, pointCode: string) {
  await page.goto(`${baseUrl}/#/pages/index/index?scene=${pointCode}`)
  await page.getByTestId('start-submit').click()
  await page.getByTestId('consent-agree').waitFor()
}

export async function fillRegistration(page: Page, r: Registration) {
  await typeInto(page, 'field-name', r.name)
  await typeInto(page, 'field-phone', r.phone)
  await typeInto(page, 'field-address', r.address)
  await page.getByTestId('category-option').filter({ hasText: r.category }).click()
  await typeInto(page, 'field-content', r.content, 'textarea')
}

/** Submits the form and reads the registration number off the result page. */
export async function submitAndReadNumber(page: Page): Promise<string> {
  await page.getByTestId('submit').click()
  await page.getByTestId('result-no').waitFor()
  return ((await page.getByTestId('result-no').textContent()) ?? '').trim()
}
