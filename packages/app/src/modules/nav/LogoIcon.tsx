import { makeStyles } from '@material-ui/core';

const useStyles = makeStyles({
  icon: {
    fontSize: 22,
    fontWeight: 800,
    color: '#7df3e1',
  },
});

/** The mark shown in the collapsed sidebar. */
export const LogoIcon = () => {
  const classes = useStyles();
  return <div className={classes.icon}>LM</div>;
};
