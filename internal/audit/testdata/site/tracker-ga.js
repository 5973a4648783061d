// Stand-in for an analytics tag, served as https://www.google-analytics.com/ga.js in the tests.
document.cookie = '_ga=GA1.1.' + Math.floor(Math.random() * 1e9) + '.1700000000; path=/; max-age=63072000';
new Image().src = 'https://www.google-analytics.com/g/collect?v=2&tid=G-TEST';
