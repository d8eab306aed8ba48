import { makeStyles } from '@material-ui/core';

const useStyles = makeStyles({
  logo: {
    display: 'flex',
    alignItems: 'baseline',
    whiteSpace: 'nowrap',
    fontSize: 26,
    fontWeight: 700,
    letterSpacing: -0.5,
    color: '#ffffff',
  },
  accent: { color: '#7df3e1' },
  suffix: {
    marginLeft: 6,
    fontSize: 12,
    fontWeight: 500,
    color: '#b5b5b5',
  },
});

/** The wordmark shown in the open sidebar. */
export const LogoFull = () => {
  const classes = useStyles();
  return (
    <div className={classes.logo}>
      Lite<span className={classes.accent}>MaaS</span>{' '}
      <span className={classes.suffix}>portal</span>
    </div>
  );
};
