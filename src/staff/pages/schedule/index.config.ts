export default definePageConfig({
  navigationBarTitleText: '排班',
  backgroundTextStyle: 'dark',
})
