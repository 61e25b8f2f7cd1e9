export default defineAppConfig({
  pages: ['pages/index/index', 'pages/mine/index', 'pages/submit/index', 'pages/item/index', 'pages/messages/index', 'pages/booking/index'],
  // Cadres', leaders' and admins' pages: downloaded only by those who open them.
  subPackages: [
    {
      root: 'staff',
      pages: [
        'pages/workbench/index',
        'pages/item/index',
        'pages/join/index',
        'pages/admin/index',
        'pages/qrcode/index',
        'pages/messages/index',
        'pages/duty/index',
        'pages/desk/index',
        'pages/schedule/index',
        'pages/diary/index',
        'pages/visit-new/index',
        'pages/visit/index',
        'pages/meetings/index',
        'pages/meeting/index',
        'pages/trips/index',
        'pages/trip/index',
        'pages/home-visits/index',
        'pages/figures/index', 'pages/figure-items/index',
        'pages/report/index',
        'pages/summary/index',
      ],
    },
  ],
  window: {
    navigationBarTitleText: '说事',
    navigationBarBackgroundColor: '#b71c1c',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f4f4f4',
    backgroundTextStyle: 'dark',
  },
  tabBar: {
    color: '#4a4a4a',
    selectedColor: '#b71c1c',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/index/index',
        text: '首页',
        iconPath: 'assets/tab/home.png',
        selectedIconPath: 'assets/tab/home-active.png',
      },
      {
        pagePath: 'pages/mine/index',
        text: '我的',
        iconPath: 'assets/tab/mine.png',
        selectedIconPath: 'assets/tab/mine-active.png',
      },
    ],
  },
  lazyCodeLoading: 'requiredComponents',
})
