// The one place this library reaches @jujuts/testing. Its package barrel does
// not export Context yet: switch these paths to '@jujuts/testing' once it does.
export {
  Context,
  createState,
  relation,
  secret,
  type State,
  type StateInput,
} from '../../../../packages/testing/src/context';
