export default definePageConfig({ navigationBarTitleText: '违纪线索', enablePullDownRefresh: true })
