/**
 * The chart's code (echarts) as a separate chunk: fetched when the alliance screens open, so it is
 * ready — or on its way, in parallel with the data — when the matrix is shown.
 */
export const loadMatrixChart = () => import('./MatrixChart');
