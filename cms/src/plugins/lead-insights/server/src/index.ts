import controllers from './controllers'
import routes from './routes'

export default { controllers, routes }
