export default definePageConfig({
  navigationBarTitleText: '写民情日记',
})
