/** Fails the build when the weapp main package or a subpackage passes WeChat's 2 MB. */
import { kb, measureWeapp, PACKAGE_LIMIT_BYTES } from './package-size'

const sizes = measureWeapp()
const over: string[] = []
console.log(`主包 ${kb(sizes.main)} / ${kb(PACKAGE_LIMIT_BYTES)}`)
if (sizes.main > PACKAGE_LIMIT_BYTES) over.push('主包')
for (const [root, bytes] of Object.entries(sizes.subpackages)) {
  console.log(`分包 ${root} ${kb(bytes)} / ${kb(PACKAGE_LIMIT_BYTES)}`)
  if (bytes > PACKAGE_LIMIT_BYTES) over.push(`分包 ${root}`)
}
if (over.length) {
  console.error(`超过微信 2 MB 限制：${over.join('、')}`)
  process.exit(1)
}
