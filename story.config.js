// Where the story is deployed, set at build time; one place for the build and the tests to read it.
//   BASE_PATH=/2021/jiaocheng PUBLIC_ORIGIN=https://news.example.com npm run build
export const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
export const origin = (process.env.PUBLIC_ORIGIN ?? 'http://127.0.0.1:4173').replace(/\/$/, '');
