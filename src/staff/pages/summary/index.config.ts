export default definePageConfig({
  navigationBarTitleText: '半年小结',
  backgroundTextStyle: 'dark',
})
