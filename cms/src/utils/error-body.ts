/** The body of Strapi's own error answers, for middlewares that answer without throwing. */
export const errorBody = (status: number, name: string, message: string) => ({
  data: null,
  error: { status, name, message, details: {} },
})
